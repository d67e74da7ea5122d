import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("the address a per-client limit counts", () => {
  it("is the peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddressOf("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
  });

  it("behind trusted proxies, is the address the outermost one saw, never what the client wrote", () => {
    // client wrote "1.1.1.1"; the load balancer appended the client's real address; the peer is the load balancer.
    expect(clientAddressOf("10.0.0.2", "1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.3", ["1.1.1.1, 203.0.113.7", "10.0.0.2"], 2)).toBe("203.0.113.7");
  });

  it("falls back to the leftmost entry when there are fewer hops than trusted", () => {
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("stays a plain IP, IPv6 included: the limits refuse anything else and would pool such clients", () => {
    expect(isIP(clientAddressOf("2001:db8:1:2::7", undefined, 0))).toBe(6);
    expect(isIP(clientAddressOf("10.0.0.2", "2001:db8::1", 1))).toBe(6);
  });
});
