"""Where uploaded files live: a public location the web server (or CDN) serves, and a private one it never does.

`MediaStorage` is the project's default storage. It keeps each file in one of two configured storages:

- `STORAGES["private_media"]`: every document (documents are always served through the document view, which
  asks the access rule) and every file whose name starts with `PRIVATE_NAME_PREFIX`: a locked picture's original
  and all of its renditions, since Wagtail names a rendition after its original.
- `STORAGES["public_media"]`: everything else (public pictures and their renditions), served as fast as ever.

The URL of a private file always points at the site's private-file view (`PRIVATE_MEDIA_URL`), never at the
storage itself, so even an S3 bucket's signed URL cannot bypass the check.
"""

import posixpath
from urllib.parse import urljoin

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri

PRIVATE_NAME_PREFIX = "members-only-"
PRIVATE_FOLDERS = ("documents",)


def is_private_name(name):
    """Does a stored file of this name belong in the private location?"""
    name = name.replace("\\", "/")
    return name.split("/", 1)[0] in PRIVATE_FOLDERS or posixpath.basename(name).startswith(PRIVATE_NAME_PREFIX)


def private_name(name):
    """The name a file gets when it is made private: same folder, the private prefix on its file name."""
    folder, filename = posixpath.split(name.replace("\\", "/"))
    if filename.startswith(PRIVATE_NAME_PREFIX):
        return name
    return posixpath.join(folder, PRIVATE_NAME_PREFIX + filename)


@deconstructible
class MediaStorage(Storage):
    """Routes each file name to the public or the private storage (see the module docstring)."""

    def _backend(self, name):
        return storages["private_media" if is_private_name(name) else "public_media"]

    def _open(self, name, mode="rb"):
        return self._backend(name).open(name, mode)

    def _save(self, name, content):
        return self._backend(name).save(name, content)

    def get_available_name(self, name, max_length=None):
        return self._backend(name).get_available_name(name, max_length=max_length)

    def get_valid_name(self, name):
        return self._backend(name).get_valid_name(name)

    def generate_filename(self, filename):
        return self._backend(filename).generate_filename(filename)

    def delete(self, name):
        return self._backend(name).delete(name)

    def exists(self, name):
        return self._backend(name).exists(name)

    def listdir(self, path):
        return self._backend(path).listdir(path)

    def size(self, name):
        return self._backend(name).size(name)

    def path(self, name):
        return self._backend(name).path(name)

    def get_modified_time(self, name):
        return self._backend(name).get_modified_time(name)

    def get_created_time(self, name):
        return self._backend(name).get_created_time(name)

    def get_accessed_time(self, name):
        return self._backend(name).get_accessed_time(name)

    def url(self, name):
        if is_private_name(name):
            return urljoin(settings.PRIVATE_MEDIA_URL, filepath_to_uri(name))
        return self._backend(name).url(name)


def move_to_private(field_file):
    """Give a stored file its private name, so it moves to the private location. Returns the new name.

    The new name fits the file's column: the storage shortens the end of a long name, never its private prefix.
    The caller saves the new name on the model; the old public copy is deleted.
    """
    old_name = field_file.name
    if not old_name or is_private_name(old_name):
        return old_name
    storage = field_file.storage
    with storage.open(old_name) as content:
        new_name = storage.save(private_name(old_name), content, max_length=field_file.field.max_length)
    storage.delete(old_name)
    return new_name


@deconstructible
class PrivateFileSystemStorage(FileSystemStorage):
    """Files on this machine's disk under PRIVATE_MEDIA_ROOT, which has no public URL of its own."""

    def __init__(self, location=None, **kwargs):
        super().__init__(location=location or settings.PRIVATE_MEDIA_ROOT, base_url=None, **kwargs)

    def url(self, name):
        return urljoin(settings.PRIVATE_MEDIA_URL, filepath_to_uri(name))
