#!/usr/bin/python3
"""Converts a document to PDF RUNS times in a LibreOffice that is already running and listening (warm), and prints
the time of each conversion in milliseconds, one a line. Needs python3-uno (installed with LibreOffice on Debian).
Usage: lo-convert.py PORT INPUT OUTPUT RUNS"""
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            context = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            time.sleep(0.5)
    sys.exit(f"No LibreOffice listening on port {port}")


def main():
    port, source, target, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    desktop = connect(port)
    source_url = uno.systemPathToFileUrl(source)
    target_url = uno.systemPathToFileUrl(target)
    for _ in range(runs):
        start = time.perf_counter()
        document = desktop.loadComponentFromURL(source_url, "_blank", 0, (prop("Hidden", True),))
        document.storeToURL(target_url, (prop("FilterName", "writer_pdf_Export"),))
        document.close(True)
        print(f"{(time.perf_counter() - start) * 1000:.1f}", flush=True)


main()
