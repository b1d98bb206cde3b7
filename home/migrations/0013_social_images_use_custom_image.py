"""The home and standard pages' social-media pictures point at the site's own image model (copied in 0012)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0012_images_move_to_custom_image'),
    ]

    operations = [
        migrations.AlterField(
            model_name='homepage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
    ]
