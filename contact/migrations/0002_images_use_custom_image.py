"""Pictures point at the site's own image model; home.0012 copied every picture into it with its id."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contact', '0001_contact_page'),
        ('home', '0012_images_move_to_custom_image'),
    ]

    operations = [
        migrations.AlterField(
            model_name='contactpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
    ]
