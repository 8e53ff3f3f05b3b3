"""Settings of the DjNRO stand-in: only what dumpdata, loaddata and migrate need.

The database comes from the environment the rehearsal's exec steps provide: DJNRO_DATABASE names the
variable that holds the URL (SOURCE_URL or TARGET_URL), so one image and one project serve both sides.
DJNRO_VERSION selects the edumanage models: "0.8" (the source) or "1.0" (adds CatEnrollment).
"""
import os
from urllib.parse import unquote, urlsplit

DJNRO_VERSION = os.environ.get("DJNRO_VERSION", "1.0")
if DJNRO_VERSION not in ("0.8", "1.0"):
    raise SystemExit(f"DJNRO_VERSION must be 0.8 or 1.0, got {DJNRO_VERSION!r}")


def database_from_url(variable):
    url = os.environ.get(variable)
    if not url:
        raise SystemExit(f"{variable} is not set (DJNRO_DATABASE names the variable holding the database URL)")
    parts = urlsplit(url)
    if parts.scheme not in ("mysql", "mariadb"):
        raise SystemExit(f"{variable}: expected a mysql:// or mariadb:// URL, got {parts.scheme}://")
    return {
        "ENGINE": "django.db.backends.mysql",
        "NAME": parts.path.lstrip("/"),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "127.0.0.1",
        "PORT": str(parts.port or 3306),
        # The charset both DjNRO hosts used (utf8 is MySQL's 3-byte utf8mb3).
        "OPTIONS": {"charset": "utf8"},
        "TEST": {"CHARSET": "utf8", "COLLATION": "utf8_unicode_ci"},
    }


DATABASES = {"default": database_from_url(os.environ.get("DJNRO_DATABASE", "TARGET_URL"))}

SECRET_KEY = "rehearsal-only-not-secret"
USE_TZ = False
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "edumanage",
    "accounts",
]
LANGUAGES = (("el", "Greek"), ("en", "English"), ("fr", "French"), ("de", "German"), ("hu", "Hungarian"))
