"""The 14 edumanage models of DjNRO 0.8.11 (edumanage 0039), which 1.0 keeps unchanged, plus 1.0's
CatEnrollment when DJNRO_VERSION is 1.0. Table and column names are DjNRO's (db_column where the field
name differs); the types are what Django 3.2 creates for the same declarations."""
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Name_i18n(models.Model):
    name = models.CharField(max_length=80)
    lang = models.CharField(max_length=5)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, blank=True, null=True)
    object_id = models.PositiveIntegerField(blank=True, null=True)
    content_object = GenericForeignKey("content_type", "object_id")


class Contact(models.Model):
    name = models.CharField(max_length=255, db_column="contact_name")
    email = models.CharField(max_length=80, db_column="contact_email")
    phone = models.CharField(max_length=80, db_column="contact_phone")


class InstitutionContactPool(models.Model):
    contact = models.OneToOneField(Contact, on_delete=models.CASCADE)
    institution = models.ForeignKey("Institution", on_delete=models.CASCADE)


class URL_i18n(models.Model):
    url = models.CharField(max_length=180, db_column="URL")
    lang = models.CharField(max_length=5)
    urltype = models.CharField(max_length=10, db_column="type")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, blank=True, null=True)
    object_id = models.PositiveIntegerField(blank=True, null=True)
    content_object = GenericForeignKey("content_type", "object_id")


class InstRealm(models.Model):
    realm = models.CharField(max_length=160)
    instid = models.ForeignKey("Institution", on_delete=models.CASCADE)
    proxyto = models.ManyToManyField("InstServer")


class InstServer(models.Model):
    instid = models.ForeignKey("Institution", on_delete=models.CASCADE)
    ertype = models.PositiveIntegerField(db_column="type")
    name = models.CharField(max_length=80, blank=True, null=True)
    addr_type = models.CharField(max_length=16, default="ipv4")
    host = models.CharField(max_length=80)
    rad_pkt_type = models.CharField(max_length=48, blank=True, null=True, default="auth+acct")
    auth_port = models.PositiveIntegerField(blank=True, null=True, default=1812)
    acct_port = models.PositiveIntegerField(blank=True, null=True, default=1813)
    status_server = models.BooleanField()
    secret = models.CharField(max_length=80)
    proto = models.CharField(max_length=12, default="radius")
    ts = models.DateTimeField(auto_now=True)


class InstRealmMon(models.Model):
    realm = models.ForeignKey(InstRealm, on_delete=models.CASCADE)
    mon_type = models.CharField(max_length=16)

    class Meta:
        unique_together = ("realm", "mon_type")


class MonProxybackClient(models.Model):
    instrealmmonid = models.ForeignKey(InstRealmMon, on_delete=models.CASCADE)
    name = models.CharField(max_length=80, blank=True, null=True)
    host = models.CharField(max_length=80)
    status_server = models.BooleanField()
    secret = models.CharField(max_length=80)
    proto = models.CharField(max_length=12)
    ts = models.DateTimeField(auto_now=True)


class MonLocalAuthnParam(models.Model):
    instrealmmonid = models.OneToOneField(InstRealmMon, on_delete=models.CASCADE)
    eap_method = models.CharField(max_length=16)
    phase2 = models.CharField(max_length=16)
    username = models.CharField(max_length=36)
    passwp = models.CharField(max_length=80, db_column="pass")


class ServiceLoc(models.Model):
    institutionid = models.ForeignKey("Institution", on_delete=models.CASCADE)
    longitude = models.DecimalField(max_digits=12, decimal_places=8)
    latitude = models.DecimalField(max_digits=12, decimal_places=8)
    loc_name = GenericRelation(Name_i18n)
    address_street = models.CharField(max_length=96)
    address_city = models.CharField(max_length=64)
    contact = models.ManyToManyField(Contact, blank=True)
    SSID = models.CharField(max_length=16)
    # DjNRO's MultiSelectField: a comma-joined list in a CharField.
    enc_level = models.CharField(max_length=64)
    port_restrict = models.BooleanField()
    transp_proxy = models.BooleanField()
    IPv6 = models.BooleanField()
    NAT = models.BooleanField()
    AP_no = models.PositiveIntegerField()
    wired = models.BooleanField()
    url = GenericRelation(URL_i18n, blank=True)
    ts = models.DateTimeField(auto_now=True)


class Institution(models.Model):
    realmid = models.ForeignKey("Realm", on_delete=models.CASCADE)
    org_name = GenericRelation(Name_i18n)
    ertype = models.PositiveIntegerField(db_column="type")


class InstitutionDetails(models.Model):
    institution = models.OneToOneField(Institution, on_delete=models.CASCADE)
    address_street = models.CharField(max_length=96)
    address_city = models.CharField(max_length=64)
    contact = models.ManyToManyField(Contact)
    url = GenericRelation(URL_i18n)
    oper_name = models.CharField(max_length=24, blank=True, null=True)
    number_user = models.PositiveIntegerField(blank=True, null=True)
    number_id = models.PositiveIntegerField(blank=True, null=True)
    ts = models.DateTimeField(auto_now=True)


class Realm(models.Model):
    country = models.CharField(max_length=5)
    stype = models.PositiveIntegerField(default=0, editable=False)
    org_name = GenericRelation(Name_i18n)
    address_street = models.CharField(max_length=32)
    address_city = models.CharField(max_length=24)
    contact = models.ManyToManyField(Contact)
    url = GenericRelation(URL_i18n)
    ts = models.DateTimeField(auto_now=True)


class RealmData(models.Model):
    realmid = models.OneToOneField(Realm, on_delete=models.CASCADE)
    number_inst = models.PositiveIntegerField(editable=False)
    number_user = models.PositiveIntegerField(editable=False)
    number_id = models.PositiveIntegerField(editable=False)
    number_IdP = models.PositiveIntegerField(editable=False)
    number_SP = models.PositiveIntegerField(editable=False)
    number_IdPSP = models.PositiveIntegerField(editable=False)
    ts = models.DateTimeField(editable=False)


if settings.DJNRO_VERSION == "1.0":

    class CatEnrollment(models.Model):
        """New in DjNRO 1.0 (edumanage 0040/0041): created by the upgrade's migrations, empty after it."""

        cat_inst_id = models.PositiveIntegerField()
        inst = models.ForeignKey(Institution, on_delete=models.CASCADE)
        url = models.CharField(max_length=255, blank=True, null=True)
        cat_instance = models.CharField(max_length=50)
        applier = models.ForeignKey(User, on_delete=models.CASCADE)
        ts = models.DateTimeField(auto_now=True)

        class Meta:
            unique_together = ("inst", "cat_instance")
