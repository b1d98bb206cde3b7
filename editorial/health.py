"""The scheduler's line in `/healthz/`: when it last woke up, and how many go-lives or expiries are overdue."""

import logging

from editorial import scheduler
from home.health import HealthCheck

logger = logging.getLogger(__name__)


def scheduler_check():
    overdue = scheduler.overdue_count()
    if overdue:
        logger.warning("Health check: %d scheduled go-live or expiry dates are overdue.", overdue)
    last_tick = scheduler.last_tick()
    return HealthCheck(
        "scheduler",
        "overdue" if overdue else "ok",
        {"last_tick": last_tick.isoformat() if last_tick else None, "overdue_items": overdue},
    )
