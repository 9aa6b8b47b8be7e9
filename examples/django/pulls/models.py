from django.conf import settings
from django.db import models


class PullRequest(models.Model):
    """A pull request: what a user creates and then expects to see listed."""

    OPEN, MERGED = "open", "merged"

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pulls")
    title = models.CharField(max_length=200)
    state = models.CharField(max_length=10, default=OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.title} ({self.state})"
