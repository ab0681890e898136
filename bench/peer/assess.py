"""The peer a user would write instead of rehost: pandas reads an RVTools workbook, applies the
same disk-size, OS-disk, BitLocker and OS-support checks of one matrix (Site Recovery for
VMware/physical, 2023-09-28), vectorised, and writes an xlsx with XlsxWriter.

    python3 bench/peer/assess.py inventory.xlsx --engine openpyxl|calamine -o report.xlsx
"""
import argparse
import re

import pandas as pd

GIB = 1024  # MiB per GiB: RVTools sizes are MiB


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inventory")
    ap.add_argument("--engine", default="openpyxl", choices=["openpyxl", "calamine"])
    ap.add_argument("-o", "--output", default="peer-report.xlsx")
    a = ap.parse_args()

    sheets = pd.read_excel(a.inventory, sheet_name=["vInfo", "vDisk"], engine=a.engine)
    vinfo, vdisk = sheets["vInfo"], sheets["vDisk"]
    vinfo = vinfo[(vinfo["Template"] != True) & (vinfo["SRM Placeholder"] != True)].copy()

    vdisk["Capacity GiB"] = pd.to_numeric(vdisk["Capacity MiB"], errors="coerce") / GIB
    vdisk["is_os"] = vdisk["Disk"].eq("Hard disk 1")
    os_disk = vdisk[vdisk["is_os"]].groupby("VM")["Capacity GiB"].max().rename("OS disk GiB")
    data = vdisk[~vdisk["is_os"]].groupby("VM")["Capacity GiB"].agg(["max", "count"])
    data.columns = ["Largest data disk GiB", "Data disks"]
    small = vdisk[vdisk["Capacity GiB"] <= 1].groupby("VM").size().rename("Small disks")
    df = vinfo.set_index("VM").join(os_disk).join(data).join(small)

    gen2 = df["Firmware"].eq("efi")
    os_text = df["OS according to the configuration file"].fillna("")
    supported = os_text.str.contains(
        r"Windows Server (2008|2012|2016|2019|2022)|Windows (7|8|10)|Red Hat Enterprise Linux [5-9]|CentOS [5-8]|"
        r"Ubuntu|Debian|SUSE Linux Enterprise|Oracle Linux [678]",
        flags=re.IGNORECASE,
        regex=True,
    )
    reasons = pd.DataFrame(index=df.index)
    reasons["OS disk"] = (~gen2 & (df["OS disk GiB"] > 2048)) | (gen2 & (df["OS disk GiB"] > 4095))
    reasons["Data disk"] = df["Largest data disk GiB"] > 32767
    reasons["Small disk"] = df["Small disks"].fillna(0) > 0
    reasons["Data disk count"] = df["Data disks"].fillna(0) > 64
    reasons["Secure boot"] = gen2 & df["EFI Secure boot"].eq(True)
    reasons["OS"] = ~supported
    df["Blocking"] = reasons.apply(lambda r: ", ".join(c for c in reasons.columns if r[c]), axis=1)
    df["Readiness"] = df["Blocking"].map(lambda b: "not-ready" if b else "ready")

    out = df.reset_index()[["VM", "OS according to the configuration file", "CPUs", "Memory", "OS disk GiB",
                            "Largest data disk GiB", "Data disks", "Readiness", "Blocking"]]
    with pd.ExcelWriter(a.output, engine="xlsxwriter") as w:
        out.to_excel(w, sheet_name="Machines", index=False)
        out["Readiness"].value_counts().to_frame().to_excel(w, sheet_name="Summary")


if __name__ == "__main__":
    main()
