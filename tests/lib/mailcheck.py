"""Reads one RFC 5322 message on standard input with Python's own email
package (as a mail client would) and prints what it found as JSON, or
fails with the reason. Used by tests/http/mail.test.mjs."""
import json
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

msg = BytesParser(policy=policy.default).parse(sys.stdin.buffer)
defects = [str(d) for d in msg.defects]
if msg.get_content_type() != "multipart/alternative":
    sys.exit("not multipart/alternative: " + msg.get_content_type())
parts = {}
for part in msg.iter_parts():
    defects += [str(d) for d in part.defects]
    if part.get_content_charset() != "utf-8":
        sys.exit("part not in UTF-8: " + str(part.get_content_charset()))
    parts[part.get_content_type()] = part.get_content()
if set(parts) != {"text/plain", "text/html"}:
    sys.exit("parts: " + ", ".join(parts))
print(json.dumps({
    "subject": str(msg["subject"]),
    "from": str(msg["from"]),
    "to": str(msg["to"]),
    "date": parsedate_to_datetime(msg["date"]).isoformat(),
    "message_id": str(msg["message-id"]),
    "text": parts["text/plain"],
    "html": parts["text/html"],
    "defects": defects,
}, ensure_ascii=False))
