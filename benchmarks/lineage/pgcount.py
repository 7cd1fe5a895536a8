#!/usr/bin/env python3
"""A TCP proxy in front of PostgreSQL that counts what the client sends: Execute messages (one per statement run,
BEGIN and COMMIT included) and Sync / simple Query messages (one per round trip). Loopback only; for counting runs,
not for throughput (it adds latency). The client must not use TLS (sslmode=disable).

usage: pgcount.py <listen port> <counts file>   (the counts are rewritten as JSON every 0.5 s)
"""
import asyncio
import collections
import json
import os
import sys

LISTEN, OUT = int(sys.argv[1]), sys.argv[2]
counts = collections.Counter()


async def client_to_server(reader, writer):
    """Frontend messages: the startup message has no type byte, every later one is type + int32 length."""
    buffer, started = b"", False
    while data := await reader.read(65536):
        writer.write(data)
        buffer += data
        while True:
            if not started:
                if len(buffer) < 4 or len(buffer) < int.from_bytes(buffer[:4], "big"):
                    break
                buffer, started = buffer[int.from_bytes(buffer[:4], "big"):], True
                continue
            if len(buffer) < 5 or len(buffer) < 1 + int.from_bytes(buffer[1:5], "big"):
                break
            kind = chr(buffer[0])
            buffer = buffer[1 + int.from_bytes(buffer[1:5], "big"):]
            counts["statements"] += kind in "EQ"
            counts["round_trips"] += kind in "SQ"
        await writer.drain()
    writer.close()


async def server_to_client(reader, writer):
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.close()


async def handle(client_reader, client_writer):
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", 5432)
    await asyncio.gather(client_to_server(client_reader, server_writer),
                         server_to_client(server_reader, client_writer), return_exceptions=True)


async def dump():
    while True:
        await asyncio.sleep(0.5)
        with open(OUT + ".tmp", "w") as f:
            json.dump(counts, f)
        os.replace(OUT + ".tmp", OUT)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", LISTEN)
    asyncio.create_task(dump())
    async with server:
        await server.serve_forever()


asyncio.run(main())
