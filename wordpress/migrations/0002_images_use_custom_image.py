"""Pictures point at the site's own image model; home.0012 copied every picture into it with its id."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0012_images_move_to_custom_image'),
        ('wordpress', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='importedimage',
            name='image',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='home.customimage'),
        ),
    ]
