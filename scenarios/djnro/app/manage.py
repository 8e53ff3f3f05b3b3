#!/usr/bin/env python3
"""The DjNRO stand-in project's manage.py: Django's own management commands (dumpdata, loaddata,
migrate) on edumanage models of DjNRO 0.8 or 1.0 (DJNRO_VERSION), against the database named by
DJNRO_DATABASE (the name of an environment variable holding a mysql:// URL, e.g. SOURCE_URL)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "djnro.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
