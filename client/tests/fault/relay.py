#!/usr/bin/python3
"""A TCP relay on loopback for the fault suite: what a router or the servers
reach instead of Redis or a replica, so that a test can cut that one link
(kill the relay: every connection through it drops, new ones are refused) or
slow it down (this kernel has no netem qdisc: the relay holds every chunk
for --delay-ms in each direction, keeping the byte order).

    relay.py --listen PORT --to HOST:PORT [--delay-ms N]

Prints "ready" on stdout once it listens.
"""
import argparse
import asyncio
import sys


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def send():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()

    sender = asyncio.ensure_future(send())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await queue.put((loop.time() + delay, data))
        await queue.put((0, None))
        await sender
    except (ConnectionError, OSError):
        pass
    finally:
        sender.cancel()
        writer.close()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--delay-ms", type=float, default=0)
    a = ap.parse_args()
    host, port = a.to.rsplit(":", 1)
    delay = a.delay_ms / 1000.0

    async def on_client(cr, cw):
        try:
            ur, uw = await asyncio.open_connection(host, int(port))
        except OSError:
            cw.close()
            return
        await asyncio.gather(pump(cr, uw, delay), pump(ur, cw, delay))

    server = await asyncio.start_server(on_client, "127.0.0.1", a.listen, reuse_address=True)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
