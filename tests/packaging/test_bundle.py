"""The desktop bundle: built with PyInstaller, it runs without Python and finds every resource."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[packaging]')"),
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle smoke test is written for Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder bundle once for this module."""
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build"), str(ROOT / "packaging" / "bsreporter.spec")],
                   check=True, capture_output=True, cwd=ROOT)
    return work / "dist" / "bsreporter"


#: A stand-in for the window: it starts the child of an export and of an import preview the way the frozen
#: program does (``--multiprocessing-fork``, with the bundle's own module path), so the child is the bundle.
_WINDOW_STAND_IN = """
import multiprocessing, multiprocessing.resource_tracker, multiprocessing.spawn, sys
from pathlib import Path
from bsreporter.exchange import jobs
from bsreporter.gui.child_process import run_in_child

bundle, report, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
multiprocessing.resource_tracker.ensure_running()  # before the switch: the tracker stays this Python
multiprocessing.set_executable(str(bundle))
sys.frozen = True  # the frozen command line: the bundle, --multiprocessing-fork and the pipe's handles
prepare = multiprocessing.spawn.get_preparation_data

def frozen_preparation(name):
    data = prepare(name)
    data.pop("sys_path")  # the child keeps the bundle's modules, not this environment's
    return data

multiprocessing.spawn.get_preparation_data = frozen_preparation
shares = []
work = dict(progress=lambda done, total: shares.append(done * 100 // total), cancelled=lambda: False)
run_in_child(jobs.write_pdf, (report, "cpb-nr4-2019", out / "r.pdf"),
             dict(language="en", paper="a4", changes_annex=False, blank=False), **work)
run_in_child(jobs.write_xlsx, (report, "cpb-nr4-2019", out / "r.xlsx"), dict(language="en"), **work)
plan = run_in_child(jobs.plan_file, (report, "cpb-nr4-2019", out / "r.xlsx"),
                    dict(merge=False, previous_cycle=False, layout=None, other_party=False, mapping=None), **work)
print(f"progress {max(shares)}%, plan of {len(plan.rows)} rows, default selection {len(plan.default_selection)}")
"""


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_bundle_smoke_test_passes_and_writes_nothing_beside_itself(bundle: Path) -> None:
    before = _tree(bundle)
    result = subprocess.run(["sh", str(ROOT / "packaging" / "smoke_test.sh"), str(bundle / "bsreporter")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Smoke test passed" in result.stdout
    assert _tree(bundle) == before  # user data goes to the platform's folders, never next to the program


def test_bundle_reports_the_package_version_and_holds_the_resources(bundle: Path) -> None:
    from bsreporter import __version__

    env = {"PATH": "/usr/bin:/bin", "HOME": str(bundle.parent / "home"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([str(bundle / "bsreporter"), "--version"], capture_output=True, text=True, env=env,
                         check=True).stdout
    assert out.strip() == f"bsreporter {__version__}"
    internal = bundle / "_internal"
    for needed in ("forms/cpb-sp-2011-2020/form.yaml", "resources/fonts/DroidSansFallbackFull.ttf",
                   "resources/demo/demo-report.bsr", "resources/icons/bsreporter-256.png",
                   "resources/translations/bsreporter_ar.qm", "resources/translations/bsreporter_zh.qm"):
        assert (internal / needed).is_file(), needed
    assert not (internal / "PySide6" / "QtNetwork.abi3.so").exists()  # unused Qt modules are left out


@pytest.mark.skipif(shutil.which("du") is None, reason="du is needed to measure the bundle")
def test_bundle_stays_small(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 175_000_000, f"the bundle grew to {size / 1e6:.0f} MB"


def test_the_bundle_runs_the_window_exports_and_import_previews_in_a_child_of_itself(
        bundle: Path, tmp_path: Path) -> None:
    """The window's exports and import previews run in a child: in a bundle that child is the bundle itself."""
    report = tmp_path / "demo.bsr"
    shutil.copyfile(bundle / "_internal" / "resources" / "demo" / "demo-report.bsr", report)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", _WINDOW_STAND_IN, str(bundle / "bsreporter"), str(report),
                             str(tmp_path)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "progress 100%, plan of " in result.stdout
    assert "default selection 0" in result.stdout  # its own export changes nothing in the report
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.xlsx").stat().st_size > 0
