"""accounts.UserProfile as in DjNRO 0.8 and 1.0: the institution a user manages, and the one custom
permission the application declares (its data migration created it on the 0.8 host)."""
from django.contrib.auth.models import User
from django.db import models

from edumanage.models import Institution


class UserProfile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE)
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE)
    is_social_active = models.BooleanField(default=False)

    class Meta:
        permissions = (("overview", "Helpdesk/Managerial Overview"),)
