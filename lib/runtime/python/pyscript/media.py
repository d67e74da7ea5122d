"""`pyscript.media`: the page's cameras and microphones (`list_devices()`, `Device`), also from a worker.

`await list_devices()` gives a `Device` per MediaDeviceInfo (`id`, `group`, `kind`, `label`);
`await Device.request_stream(audio=False, video=True)` (constraints as booleans or dicts) and
`await device.get_stream()` give a MediaStream for a `<video>`'s `srcObject`. In a worker they use the page's
`navigator.mediaDevices` (workers have none of their own), so they need the page synchronously.
"""
import pyscript
from pyscript.ffi import to_js


async def _page_call(method, *args):
    devices = pyscript.window.navigator.mediaDevices
    if pyscript.RUNNING_IN_WORKER:
        from pyscript._worker_dom import settle

        return await settle(getattr(devices, method)(*args))
    return await getattr(devices, method)(*[to_js(arg) if isinstance(arg, dict) else arg for arg in args])


class Device:
    """A media device: `id`, `group`, `kind` ("videoinput", "audioinput", "audiooutput"), `label`."""

    def __init__(self, device):
        self._device = device

    @property
    def id(self):
        return str(self._device.deviceId)

    @property
    def group(self):
        return str(self._device.groupId)

    @property
    def kind(self):
        return str(self._device.kind)

    @property
    def label(self):
        return str(self._device.label)

    def __getitem__(self, key):
        return getattr(self, key)

    @classmethod
    async def request_stream(cls, audio=False, video=True):
        """A MediaStream from the default devices (or those the constraint dicts pick)."""
        return await _page_call("getUserMedia", {"audio": audio, "video": video})

    @classmethod
    async def load(cls, audio=False, video=True):
        """The older name of `request_stream`."""
        return await cls.request_stream(audio=audio, video=video)

    async def get_stream(self):
        """A MediaStream from this very device (an input device)."""
        exact = {"deviceId": {"exact": self.id}}
        if self.kind == "audioinput":
            return await self.request_stream(audio=exact, video=False)
        return await self.request_stream(video=exact)


async def list_devices():
    return [Device(device) for device in await _page_call("enumerateDevices")]
