"""Pictures point at the site's own image model; home.0012 copied every picture into it with its id."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0012_images_move_to_custom_image'),
        ('learning', '0011_member_managers_answer_seat_requests'),
    ]

    operations = [
        migrations.AlterField(
            model_name='learningindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='learningmodulepage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text="Picture shown when someone shares this page on social media. Leave empty to use the page's main picture.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='learningmodulepage',
            name='teaser_image',
            field=models.ForeignKey(blank=True, help_text='PUBLIC. A picture shown to everyone on the module list and the module page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='lockedfile',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='home.customimage'),
        ),
    ]
