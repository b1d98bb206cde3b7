"""Pictures point at the site's own image model; home.0012 copied every picture into it with its id."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('authors', '0002_author_credentials'),
        ('home', '0012_images_move_to_custom_image'),
    ]

    operations = [
        migrations.AlterField(
            model_name='author',
            name='photo',
            field=models.ForeignKey(blank=True, help_text='A friendly head-and-shoulders photo. Optional.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
        migrations.AlterField(
            model_name='book',
            name='cover',
            field=models.ForeignKey(blank=True, help_text="A picture of the book's cover. Optional.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage'),
        ),
    ]
