"""What the importer remembers of WordPress: which page, author and picture came from which WordPress object.

Kept here rather than as fields on the blog's models: the blog knows nothing of WordPress, a site that never
imported has no such columns, and deleting an imported page or picture removes its record with it (so a later
import creates it again instead of pointing at nothing).
"""

from django.db import models

from wagtail.images import get_image_model_string

from authors.models import Author
from blog.models import BlogPostPage


class ImportedPost(models.Model):
    wordpress_id = models.PositiveBigIntegerField(unique=True, help_text="The post's ID on the WordPress site.")
    page = models.OneToOneField(BlogPostPage, on_delete=models.CASCADE, related_name="wordpress_import")
    fingerprint = models.CharField(max_length=64, help_text="A checksum of the post as exported, to spot changes.")
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported WordPress post"

    def __str__(self):
        return f"WordPress post {self.wordpress_id}"


class ImportedAuthor(models.Model):
    login = models.CharField(max_length=120, unique=True, help_text="The author's WordPress login name.")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="wordpress_logins")

    class Meta:
        verbose_name = "imported WordPress author"

    def __str__(self):
        return self.login


class ImportedImage(models.Model):
    source = models.CharField(
        max_length=500, unique=True, help_text="The picture's path below wp-content/uploads/ on the WordPress site."
    )
    image = models.ForeignKey(get_image_model_string(), on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = "imported WordPress picture"

    def __str__(self):
        return self.source
