"""The content generation keys shared fragments: a change readers may see starts a new one."""

from home import content_generation


def test_a_fragment_is_built_once_per_generation():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert content_generation.fragment("test-fragment", build) == 1
    assert content_generation.fragment("test-fragment", build) == 1
    content_generation.bump()
    assert content_generation.fragment("test-fragment", build) == 2
