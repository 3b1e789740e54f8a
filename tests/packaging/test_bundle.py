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
