import re, os
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo
DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
def norm(s): return re.sub(r"\s+", " ", s).strip()
def fmt_off(td):
    m = int(td.total_seconds() // 60); sign = "+" if m >= 0 else "-"; m = abs(m)
    return f"{sign}{m//60:02d}:{m%60:02d}"
def compute(local, zone):
    """returns (keytime, local_iso_with_offset, weekday, offset_str or None)"""
    if "T" in local:
        dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
        # reject non-existent / ambiguous local times
        rt = dt.astimezone(timezone.utc).astimezone(ZoneInfo(zone))
        if rt.replace(tzinfo=None) != dt.replace(tzinfo=None): raise ValueError(f"non-existent local time {local} {zone}")
        if dt.replace(fold=1).utcoffset() != dt.utcoffset(): raise ValueError(f"ambiguous local time {local} {zone}")
        u = dt.astimezone(timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%MZ"), dt.isoformat(timespec="minutes"), WD[dt.weekday()], fmt_off(dt.utcoffset())
    d = date.fromisoformat(local)
    return d.isoformat(), d.isoformat(), WD[d.weekday()], None
