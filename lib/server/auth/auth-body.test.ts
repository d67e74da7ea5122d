import { describe, expect, it } from "vitest";
import { checkAuthBody } from "./auth-body";

const post = (body: string, type = "application/json") =>
  new Request("http://localhost/api/auth/update-user", { method: "POST", headers: { "content-type": type }, body });

describe("auth request bodies", () => {
  it("refuses a field that is not text or true/false with 400 naming it", async () => {
    await expect(checkAuthBody(post('{"image": 2147483646}'))).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("(image)") });
    await expect(checkAuthBody(post('{"name": {"first": "a"}}'))).rejects.toMatchObject({ code: "bad_request" });
    await expect(checkAuthBody(post("[1, 2]"))).rejects.toMatchObject({ code: "bad_request" });
  });

  it("lets the app's own bodies, empty bodies and bodies that are not JSON through, unread", async () => {
    const request = post('{"name": "Ada", "email": "ada@example.com", "password": "pw", "rememberMe": true, "image": null}');
    await expect(checkAuthBody(request)).resolves.toBeUndefined();
    expect(await request.json()).toMatchObject({ name: "Ada" });
    await expect(checkAuthBody(post(""))).resolves.toBeUndefined();
    await expect(checkAuthBody(post("not json"))).resolves.toBeUndefined();
    await expect(checkAuthBody(post("a=1", "application/x-www-form-urlencoded"))).resolves.toBeUndefined();
  });
});
