#!/usr/bin/env python3
"""A small SMTP sink for bench/newsletter.sh (about 2,000 messages a second on its own): accepts every message on loopback and appends one line per
recipient ("recipient<TAB>Message-ID") to a file, flushed per message, so a count survives the app's
kill -9. Speaks just enough SMTP for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)."""
import asyncio
import socket
import sys

port = int(sys.argv[1])
out = open(sys.argv[2], "a", buffering=1)


async def session(reader, writer):
    # without these, Nagle's algorithm and delayed ACKs stall each SMTP round trip for ~40 ms
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def quickack():
        if hasattr(socket, "TCP_QUICKACK"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)

    def reply(line):
        writer.write((line + "\r\n").encode())

    reply("220 sink.localhost ESMTP bench sink")
    recipients = []
    try:
        while True:
            line = await reader.readline()
            quickack()
            if not line:
                break
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                reply("250-sink.localhost" if verb == "EHLO" else "250 sink.localhost")
                if verb == "EHLO":
                    reply("250-8BITMIME")
                    reply("250-SMTPUTF8")
                    reply("250 SIZE 10485760")
            elif verb == "MAIL":
                recipients = []
                reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[command.find("<") + 1:command.rfind(">")])
                reply("250 OK")
            elif verb == "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                data = await reader.readuntil(b"\r\n.\r\n")
                quickack()
                message_id = ""
                start = data.lower().find(b"message-id:")
                if start >= 0:
                    message_id = data[start + 11:data.find(b"\r\n", start)].decode("ascii", "replace").strip()
                for recipient in recipients:
                    out.write(recipient + "\t" + message_id + "\n")
                reply("250 OK queued")
            elif verb == "QUIT":
                reply("221 Bye")
                await writer.drain()
                break
            else:
                reply("250 OK")
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError, asyncio.IncompleteReadError):
        # the app was killed in the middle of a message: it was not delivered
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=16 * 1024 * 1024)
    async with server:
        await server.serve_forever()


asyncio.run(main())
