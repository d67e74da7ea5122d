// Stands in for `server-only` where Next's react-server condition does not apply.
export {};
