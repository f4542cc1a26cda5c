"""Read a Qt .qm translation catalogue: (context, source, translation) of every message that keeps its source text."""
import struct

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_entries(path):
    data = open(path, "rb").read()
    if not data.startswith(MAGIC):
        raise ValueError(f"{path}: not a .qm file")
    pos, messages = len(MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    m = 0
    while m < len(messages):
        ctx = src = comment = None
        trans = []
        while m < len(messages):
            tag = messages[m]
            m += 1
            if tag == 1:  # end of message
                break
            if tag == 3:  # translation, UTF-16BE (one per plural form)
                n = struct.unpack(">I", messages[m:m + 4])[0]
                m += 4
                if n != 0xFFFFFFFF:
                    trans.append(messages[m:m + n].decode("utf-16-be"))
                    m += n
            elif tag == 5:  # obsolete hash
                m += 4
            elif tag in (6, 7, 8):  # source text, context, comment (UTF-8)
                n = struct.unpack(">I", messages[m:m + 4])[0]
                val = messages[m + 4:m + 4 + n].decode("utf-8", "replace")
                m += 4 + n
                if tag == 6:
                    src = val
                elif tag == 7:
                    ctx = val
                else:
                    comment = val
            else:
                raise ValueError(f"{path}: unknown tag {tag} at {m}")
        if src and trans:
            yield ctx, src, trans[0]
