from wagtail import blocks

from home.blocks import TEMPLATE_DIR, BaseStreamBlock, SafeRichTextBlock
from resources.blocks import ResourcesBlock


class ExerciseBlock(blocks.StructBlock):
    """A practice task. Members can type a private answer that only they can see."""

    title = blocks.CharBlock(max_length=120, help_text="Short name of the exercise, e.g. 'Map a typical evening'.")
    prompt = SafeRichTextBlock(
        features=["bold", "italic", "ul", "ol"], help_text="What the family member is asked to do or think about."
    )
    guidance = SafeRichTextBlock(
        features=["bold", "italic", "ul", "ol", "link"],
        required=False,
        help_text="Optional hints or an example answer, shown under the prompt.",
    )
    answer_box = blocks.BooleanBlock(
        default=True,
        required=False,
        help_text="Tick to give members a private box to type their answer in.",
    )

    class Meta:
        icon = "edit"
        group = "Learning"
        template = f"{TEMPLATE_DIR}/exercise.html"
        description = "A practice task with an optional private answer box for members."
        preview_value = {
            "title": "Notice a good moment",
            "prompt": "<p>Write down one moment this week when your loved one was sober and you enjoyed it.</p>",
            "guidance": "<p>Small moments count: a meal, a joke, a walk.</p>",
            "answer_box": True,
        }


class ModuleStreamBlock(BaseStreamBlock):
    exercise = ExerciseBlock()
    resources = ResourcesBlock()  # chosen from the directory, as in blog posts
