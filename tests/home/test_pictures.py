"""Pictures are drawn as <picture> with WebP at 1x and (when the original is large enough) 2x, an <img> fallback in
the original's format with its width and height, lazy below the fold; their files are made when the picture is
saved (home/rendition_tasks.py), so a reader's request makes none."""

import re

import pytest

from django.core.management import call_command
from django.template import Context, Template
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.rect import Rect

from home import rendition_tasks
from home.renditions import SPECS, all_specs, every_variant_spec, has_pixels_for_2x, variant_specs, webp_spec
from tests.factories.blog import BlogIndexPageFactory, BlogPostPageFactory
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img\b[^>]*>")


def draw(image, size, **attributes):
    arguments = "".join(f' {name}="{value}"' for name, value in attributes.items())
    template = Template(f'{{% load named_images %}}{{% named_image image "{size}"{arguments} %}}')
    return template.render(Context({"image": image}))


def draw_first(image, size):
    return Template('{% load named_images %}{% named_image image "' + size + '" priority=True %}').render(
        Context({"image": image})
    )


def rendition_tasks_in(callbacks):
    return [callback for callback in callbacks if "make_renditions" in callback.__qualname__]


def renditions_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


class TestSpecs:
    @pytest.mark.parametrize(
        ("name", "width", "height", "doubled"),
        [
            ("card", 1280, 720, True),  # fill-640x360: both sides twice as long
            ("card", 1280, 719, False),
            ("card", 1279, 2000, False),
            ("body", 1600, 10, True),  # width-800: the width alone
            ("body", 1599, 3000, False),
            ("profile_cover", 320, 100, True),  # max-160x240: either side, the tighter one decides
            ("profile_cover", 100, 480, True),
            ("profile_cover", 319, 479, False),
        ],
    )
    def test_2x_only_from_an_original_with_the_pixels_for_it(self, name, width, height, doubled):
        image = ImageFactory.build(width=width, height=height)
        assert has_pixels_for_2x(image, name) is doubled
        assert (webp_spec(name, 2) in variant_specs(image, name)) is doubled

    def test_each_size_draws_webp_at_twice_its_size(self):
        assert webp_spec("card") == "fill-640x360|format-webp"
        assert webp_spec("card", 2) == "fill-1280x720|format-webp"
        assert webp_spec("body", 2) == "width-1600|format-webp"
        assert webp_spec("author_box_cover", 2) == "max-240x360|format-webp"
        for name in SPECS:  # every size can be drawn (raises for a kind of size that cannot be doubled)
            assert variant_specs(ImageFactory.build(width=4000, height=3000), name)[0] == SPECS[name]

    def test_the_podcast_cover_stays_jpeg_or_png(self):
        image = ImageFactory.build(width=4000, height=4000)
        assert variant_specs(image, "podcast_cover") == ["fill-1400x1400"]
        assert all_specs("podcast_cover") == ["fill-1400x1400"]

    def test_a_listing_prefetches_every_file_a_size_may_use(self):
        assert all_specs("card") == ["fill-640x360", "fill-640x360|format-webp", "fill-1280x720|format-webp"]


class TestDrawing:
    def test_a_picture_with_a_webp_source_and_a_jpeg_fallback_with_its_size(self):
        image = ImageFactory(file__width=1600, file__height=900)
        html = draw(image, "card", alt="Two mugs", **{"class": "post-card__image"})
        webp_1x, webp_2x = (image.get_rendition(webp_spec("card", d)) for d in (1, 2))
        fallback = image.get_rendition(SPECS["card"])
        assert html.startswith('<picture><source type="image/webp" srcset="')
        assert f'srcset="{webp_1x.url} 1x, {webp_2x.url} 2x"' in html
        assert webp_1x.url.endswith(".webp") and fallback.url.endswith(".jpg")
        (img,) = IMG.findall(html)
        assert f'src="{fallback.url}"' in img
        assert 'width="640"' in img and 'height="360"' in img
        assert 'alt="Two mugs"' in img and 'class="post-card__image"' in img
        assert (webp_2x.width, webp_2x.height) == (1280, 720)

    def test_a_small_original_gets_no_2x(self):
        image = ImageFactory(file__width=700, file__height=400)
        html = draw(image, "card")
        assert " 1x" in html and " 2x" not in html
        assert webp_spec("card", 2) not in renditions_of(image)

    def test_below_the_fold_by_default_and_first_on_screen_when_asked(self):
        image = ImageFactory()
        (img,) = IMG.findall(draw(image, "card"))
        assert 'loading="lazy"' in img and 'decoding="async"' in img and "fetchpriority" not in img
        (img,) = IMG.findall(draw_first(image, "hero"))
        assert 'loading="eager"' in img and 'fetchpriority="high"' in img and "lazy" not in img

    def test_a_missing_original_draws_wagtails_stand_in_instead_of_failing(self):
        image = ImageFactory()
        image.file.storage.delete(image.file.name)
        html = draw(image, "card")
        assert "<picture>" not in html and re.search(r'src="[^"]*not-found"', html)

    def test_no_image_draws_nothing(self):
        assert draw(None, "card") == ""


class TestPages:
    def test_every_img_has_a_width_and_height_and_only_the_first_card_loads_at_once(self, home_page):
        blog = BlogIndexPageFactory(parent=home_page)
        posts = [BlogPostPageFactory(parent=blog, featured_image=ImageFactory()) for _ in range(3)]
        listing = Client().get(blog.url).content.decode()
        post = Client().get(posts[0].url).content.decode()
        for html in (listing, post):
            images = IMG.findall(html)
            assert images
            assert all(" width=" in img and " height=" in img for img in images), images
        cards = IMG.findall(listing)
        assert 'fetchpriority="high"' in cards[0] and all('loading="lazy"' in img for img in cards[1:])
        (hero,) = [img for img in IMG.findall(post) if 'fetchpriority="high"' in img]
        assert 'loading="eager"' in hero

    def test_the_post_page_offers_webp_and_keeps_jpeg_for_social_networks(self, home_page):
        blog = BlogIndexPageFactory(parent=home_page)
        image = ImageFactory(file__width=1200, file__height=630)
        post = BlogPostPageFactory(parent=blog, featured_image=image)
        html = Client().get(post.url).content.decode()
        assert f'srcset="{image.get_rendition(webp_spec("hero")).url} 1x"' in html
        assert re.search(r'<meta property="og:image" content="[^"]+\.jpg"', html)


class TestMadeOnSave:
    def test_a_new_picture_gets_every_file_when_its_save_commits(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            image = ImageFactory(file__width=1600, file__height=1000)
        assert renditions_of(image) == set(every_variant_spec(image))
        assert "fill-1280x720|format-webp" in renditions_of(image)  # large enough for a 2x card
        assert "fill-2400x1260|format-webp" not in renditions_of(image)  # not for a 2x hero

    def test_nothing_is_made_before_the_save_commits(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image = ImageFactory()
        assert len(rendition_tasks_in(callbacks)) == 1 and renditions_of(image) == set()

    def test_readers_requests_make_no_rendition_after_the_task(self, home_page, django_capture_on_commit_callbacks):
        blog = BlogIndexPageFactory(parent=home_page)
        with django_capture_on_commit_callbacks(execute=True):
            image = ImageFactory(file__width=1600, file__height=1000)
        post = BlogPostPageFactory(parent=blog, featured_image=image)
        made = image.renditions.count()
        for url in (blog.url, post.url):
            assert Client().get(url).status_code == 200
        assert image.renditions.count() == made

    def test_without_the_task_the_page_makes_what_it_needs(self, home_page):
        blog = BlogIndexPageFactory(parent=home_page)
        image = ImageFactory(file__width=1600, file__height=1000)  # its task never ran (no commit)
        BlogPostPageFactory(parent=blog, featured_image=image)
        assert image.renditions.count() == 0
        assert Client().get(blog.url).status_code == 200
        assert renditions_of(image) == set(variant_specs(image, "card"))

    def test_a_moved_focal_point_or_a_new_file_makes_the_files_again_a_new_title_does_not(
        self, django_capture_on_commit_callbacks
    ):
        image = ImageFactory()
        image = get_image_model().objects.get(pk=image.pk)  # as the admin's edit form loads it
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image.title = "Renamed"
            image.save()
        assert rendition_tasks_in(callbacks) == []
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image.set_focal_point(Rect(10, 10, 30, 30))
            image.save()
        assert len(rendition_tasks_in(callbacks)) == 1
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image.file = ImageFactory.build().file
            image.save()
        assert len(rendition_tasks_in(callbacks)) == 1

    def test_pictures_loaded_without_their_file_cost_no_query_more(self, django_assert_num_queries):
        ImageFactory()
        with django_assert_num_queries(1):
            list(get_image_model().objects.only("pk", "title"))

    def test_a_save_of_other_fields_only_makes_nothing(self, django_capture_on_commit_callbacks):
        image = ImageFactory()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image.title = "Renamed"
            image.save(update_fields=["title"])
        assert rendition_tasks_in(callbacks) == []
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            image.set_focal_point(Rect(0, 0, 20, 20))
            image.save(update_fields=["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"])
        assert len(rendition_tasks_in(callbacks)) == 1

    def test_a_picture_deleted_before_its_task_ran_is_skipped(self):
        image = ImageFactory()
        image_id = image.pk
        image.delete()
        assert rendition_tasks.make_renditions.call(image_id) == 0

    def test_the_command_makes_the_files_of_pictures_saved_before(self, capsys):
        pictures = [ImageFactory(), ImageFactory(file__width=1400, file__height=800)]
        call_command("make_renditions")
        for image in pictures:
            assert renditions_of(image) == set(every_variant_spec(image))
        assert "Made the renditions of" in capsys.readouterr().out
        before = {image.pk: renditions_of(image) for image in pictures}
        call_command("make_renditions", str(pictures[0].pk))  # again: nothing new, nothing lost
        assert {image.pk: renditions_of(image) for image in pictures} == before
