from .base_page import BasePage
from .email_settings import DiscreetEmailSettings
from .home_page import HomePage, HomeStartHereLink
from .images import CustomImage, CustomRendition
from .site_settings import CrisisSupportSettings, SiteChromeSettings
from .standard_page import StandardPage

__all__ = [
    "BasePage",
    "CrisisSupportSettings",
    "CustomImage",
    "CustomRendition",
    "DiscreetEmailSettings",
    "HomePage",
    "HomeStartHereLink",
    "SiteChromeSettings",
    "StandardPage",
]
