"""reorder_fixtures as django-fixture-magic 0.0.7 defines it (it is not packaged by Debian): a stable
bucket sort of a JSON fixture. Objects whose "model" exactly matches a listed label come first, bucket
by bucket in the order given; everything else follows in its original order. No dependency analysis
and nothing dropped: the order is the operator's responsibility, as in the DjNRO procedure."""
import json
import sys

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Reorder the objects of a JSON fixture by model label (unlisted models keep their order, at the end)."

    def add_arguments(self, parser):
        parser.add_argument("fixture")
        parser.add_argument("models", nargs="+")

    def handle(self, *args, **options):
        labels = options["models"]
        buckets = {label: [] for label in labels}
        others = []
        with open(options["fixture"], encoding="utf-8") as handle:
            objects = json.load(handle)
        for obj in objects:
            buckets.get(obj["model"], others).append(obj)
        ordered = [obj for label in labels for obj in buckets[label]] + others
        # fixture-magic re-serialised with Python 2's json: non-ASCII became \\u escapes.
        json.dump(ordered, sys.stdout, indent=4)
        sys.stdout.write("\n")
