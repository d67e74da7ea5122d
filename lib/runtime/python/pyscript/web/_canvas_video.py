"""`canvas` (draw an image source on it, download it as a PNG) and `video` (snap a frame to a canvas)."""
import pyscript
from pyscript.web._element import ContainerElement, Element
from pyscript.web._tags import a
from pyscript.web._wrapping import register, wrap


class canvas(ContainerElement):
    tag = "canvas"

    def draw(self, what, width=None, height=None):
        """Draws an image source (an element or a DOM image, video or canvas), scaled if asked."""
        source = what._dom_element if isinstance(what, Element) else what
        context = self._dom_element.getContext("2d")
        if width is None or height is None:
            context.drawImage(source, 0, 0)
        else:
            context.drawImage(source, 0, 0, width, height)

    def download(self, filename="snapped.png"):
        """Saves the picture as a PNG file: a link to its data URL, added inside the canvas (as PyScript does), clicked."""
        link = a(download=filename, href=self._dom_element.toDataURL())
        self.append(link)
        link._dom_element.click()


class video(ContainerElement):
    tag = "video"

    def snap(self, to=None, width=None, height=None):
        """Copies the current frame to a canvas (`to`: an element, a DOM canvas, a selector, or a new one)."""
        width = width or self._dom_element.videoWidth
        height = height or self._dom_element.videoHeight
        if to is None:
            target = canvas(width=width, height=height)
        elif isinstance(to, str):
            found = pyscript.document.querySelectorAll(to)
            if found.length == 0:
                raise TypeError("No element with selector %s to snap to." % to)
            target = wrap(found[0])
        elif isinstance(to, Element):
            target = to
        else:
            target = wrap(to)
        if not isinstance(target, canvas):
            raise TypeError("Element to snap to must be a canvas.")
        target.draw(self, width, height)
        return target


register(canvas)
register(video)
