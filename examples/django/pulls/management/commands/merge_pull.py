"""``manage.py merge_pull ID``: a background job under ``sticky``.

The merge is routed as the author's request: its write becomes the author's
token, so the author's next page view sees the pull request merged even when
it is read from a replica."""

from django.core.management.base import BaseCommand, CommandError

from lsnroute.django import sticky
from pulls.models import PullRequest


class Command(BaseCommand):
    help = "Merge a pull request on behalf of its author"

    def add_arguments(self, parser):
        parser.add_argument("id", type=int)

    def handle(self, *args, **options):
        try:
            author_id = PullRequest.objects.values_list("author_id", flat=True).get(pk=options["id"])
        except PullRequest.DoesNotExist:
            raise CommandError(f"no pull request {options['id']}")
        with sticky(f"user:{author_id}") as job:
            PullRequest.objects.filter(pk=options["id"]).update(state=PullRequest.MERGED)
            merged = PullRequest.objects.filter(author_id=author_id, state=PullRequest.MERGED).count()
        self.stdout.write(f"merged #{options['id']}; user {author_id} has {merged} merged; token {job.token}")
