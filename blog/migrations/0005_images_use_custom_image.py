"""Pictures point at the site's own image model; home.0012 copied every picture into it with its id."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('blog', '0004_resources_block_chooses_snippets'),
        ('home', '0012_images_move_to_custom_image'),
    ]

    operations = [
        migrations.AlterField(
            model_name='blogindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='blogpostpage',
            name='featured_image',
            field=models.ForeignKey(blank=True, help_text='The main picture at the top of the post and on its listing card.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='blogpostpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
    ]
