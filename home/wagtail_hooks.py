"""Admin screens for what every page shows around its content: the crisis bar, the footer and the membership box.

Also: declining a duplicate picture in the image chooser deletes the new upload without leaving an
"Image deleted" message behind for the next screen.

Each site has exactly one of each (`for_site` makes it on first use), so the menu item opens it for editing:
there is no list, nothing to add and nothing to delete. Editing is the snippet editor, with drafts, preview,
history and the comparison of versions; the Unpublish action is left out because readers must always see a
crisis bar.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path, reverse

from wagtail import hooks
from wagtail.images.views.images import DeleteView as ImageDeleteView
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.models import CrisisSupportSettings, SiteChromeSettings


class OpenTheSitesOwn(IndexView):
    """Instead of a list of one, open the one for the site the editor is on (or the default site)."""

    def get(self, request, *args, **kwargs):
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        return redirect(self.edit_url_name, self.model.for_site(site).pk)


class OnePerSiteViewSet(SnippetViewSet):
    add_to_settings_menu = True
    index_view_class = OpenTheSitesOwn
    add_view_class = OpenTheSitesOwn  # one per site already exists: "add" opens it
    inspect_view_enabled = False
    copy_view_enabled = False


class CrisisBarViewSet(OnePerSiteViewSet):
    model = CrisisSupportSettings
    icon = "warning"
    menu_label = "Crisis bar"
    menu_name = "crisis-bar"
    menu_order = 100


class FooterViewSet(OnePerSiteViewSet):
    model = SiteChromeSettings
    icon = "site"
    menu_label = "Footer and membership box"
    menu_name = "footer-and-membership"
    menu_order = 101


register_snippet(CrisisBarViewSet)
register_snippet(FooterViewSet)


@hooks.register("construct_snippet_action_menu")
def keep_site_chrome_published(menu_items, request, context):
    """No Unpublish for the crisis bar and footer: a draft replaces them when published, nothing removes them."""
    if isinstance(context.get("instance"), CrisisSupportSettings | SiteChromeSettings):
        menu_items[:] = [item for item in menu_items if item.name != "action-unpublish"]


class DeclineDuplicateUpload(ImageDeleteView):
    """Wagtail's image delete, quiet when the image chooser deletes a duplicate the editor just declined.

    The chooser's "Use the existing image" posts here with `next` pointing back into the chooser; Wagtail's view
    would queue "Image '…' deleted." and the editor would meet it on whatever page they open next.
    """

    def form_valid(self, form):
        if not self.request.GET.get("next", "").startswith(reverse("wagtailimages_chooser:choose")):
            return super().form_valid(form)
        if self.usage and self.usage.is_protected:
            raise PermissionDenied
        success_url = self.get_success_url()
        self.delete_action()
        return HttpResponseRedirect(success_url)


@hooks.register("register_admin_urls", order=-1)  # before Wagtail's own images URLs, so this one answers
def quiet_duplicate_decline_url():
    return [path("images/<int:image_id>/delete/", DeclineDuplicateUpload.as_view(), name="home_image_delete")]
