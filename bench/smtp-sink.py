#!/usr/bin/env python3
"""A small SMTP sink for bench/newsletter.sh: accepts every message on loopback and appends one line per
recipient ("recipient<TAB>Message-ID") to a file, flushed per message, so a count survives the app's
kill -9. Speaks just enough SMTP for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)."""
import asyncio
import sys

port = int(sys.argv[1])
out = open(sys.argv[2], "a", buffering=1)


async def session(reader, writer):
    def reply(line):
        writer.write((line + "\r\n").encode())

    reply("220 sink.localhost ESMTP bench sink")
    recipients = []
    try:
        while True:
            line = await reader.readline()
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
                message_id = ""
                while True:
                    data = await reader.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    if not message_id and data[:11].lower() == b"message-id:":
                        message_id = data[11:].decode("ascii", "replace").strip()
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
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


asyncio.run(main())
