"""How long a podcast recording lasts, read from the file itself (mutagen reads MP3 and M4A), so that no episode
states a length its recording does not have."""

import datetime
import logging

import mutagen

logger = logging.getLogger(__name__)


def recording_length(document):
    """The length of `document`'s audio, to the second, or None if the file cannot be read as audio."""
    try:
        with document.file.open("rb") as handle:
            audio = mutagen.File(handle)
    except (OSError, mutagen.MutagenError):
        logger.warning("Podcast: could not read the recording of document %s", document.pk)
        return None
    if audio is None or not getattr(audio.info, "length", 0):
        return None
    return datetime.timedelta(seconds=round(audio.info.length))
