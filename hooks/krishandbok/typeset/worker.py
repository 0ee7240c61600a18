"""One job of `Typesetter`, in a fresh interpreter: run as a script, never imported.

Reads the job as JSON on standard input, writes the PDF to job["output"] and
prints a report as JSON: the warnings and this process's peak memory. A job is
"typst" (lay out one layout with the data in sys.inputs) or "join" (join the
parts, see `join.py`). Run by path, so that it imports only what the job needs:
typst, or pikepdf and `join.py` beside it; not the engine (its start-up would
be paid by every part).
"""

import json
import sys

try:
    import resource  # not on Windows
except ImportError:
    resource = None

REFUSED = 3  # the job could not be done: the message is on standard error


def main() -> None:
    job = json.loads(sys.stdin.buffer.read())
    warnings = typst_job(job) if job["task"] == "typst" else join_job(job)
    json.dump({"warnings": warnings, "peak": peak_bytes()}, sys.stdout)


def typst_job(job: dict) -> list[str]:
    try:
        import typst
    except ImportError as error:
        refuse(f"Typst is not installed (pip install typst): {error}")
    compiler = typst.Compiler(root=job["root"], font_paths=[job["fonts"]], ignore_system_fonts=True,
                              package_path=job["packages"], package_cache_path=job["packages"])
    try:
        pdf, warnings = compiler.compile_with_warnings(
            input=job["layout"], format="pdf", sys_inputs={"data": job["data"]},
            pdf_standards=job["standards"], timestamp=job["timestamp"])
    except typst.TypstError as error:
        refuse(error.message)
    with open(job["output"], "wb") as file:
        file.write(pdf)
    return [warning.message for warning in warnings]


def join_job(job: dict) -> list[str]:
    from join import Bookmark, join  # beside this file: sys.path[0] when run by path

    join(job["parts"], [Bookmark(*mark) for mark in job["bookmarks"]], job["output"])
    return []


def refuse(message: str) -> None:
    sys.stderr.write(message)
    sys.exit(REFUSED)


def peak_bytes() -> int:
    # VmHWM: this process's own high-water mark. ru_maxrss would carry over the parent's
    # from before exec (Linux), so it is only the fallback.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 if resource else 0


if __name__ == "__main__":
    main()
