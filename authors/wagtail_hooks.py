"""Authors in the Wagtail admin: their own menu item, a searchable listing, a filter by role and a CSV export."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "location"]
    list_filter = ["role"]
    # The listing searches name and location in the database ("Mar" finds "Maria", "Denver" finds who lives
    # there). The author chooser in the post editor uses Author's search index and its autocomplete on the name.
    search_fields = ["name", "location"]
    search_backend_name = None
    list_export = ["name", "slug", "get_role_display", "location", "website"]
    export_headings = {"get_role_display": "Role"}
    export_filename = "authors"


register_snippet(AuthorViewSet)
