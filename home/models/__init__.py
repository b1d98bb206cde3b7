from .base_page import BasePage
from .home_page import HomePage
from .site_settings import CrisisSupportSettings, SiteChromeSettings

__all__ = ["BasePage", "CrisisSupportSettings", "HomePage", "SiteChromeSettings"]
