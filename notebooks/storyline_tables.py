"""The notebooks' access to a Storyline run: its Parquet tables as pandas DataFrames through pyarrow
(no Spark, no JVM) and its _manifest.json."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.fs as pafs

PROJECT = Path(__file__).resolve().parent.parent
# Partition folders (crawl_date=2026-11-21) come back from pyarrow as strings: these are dates.
DATE_PARTITIONS = ("crawl_date", "date")


class StorylineRun:
    """One run's output folder: relative paths are taken from the project root (so "out/demo" is
    bin/storyline demo's output wherever Jupyter was started); URIs (s3://, hdfs://, file://) go
    to pyarrow's filesystems, with Spark's s3a:// read as s3://."""

    def __init__(self, output: str):
        if "://" in output:
            self.fs, self.root = pafs.FileSystem.from_uri(output.replace("s3a://", "s3://", 1))
        else:
            path = Path(output).expanduser()
            self.fs, self.root = pafs.LocalFileSystem(), str(path if path.is_absolute() else PROJECT / path)
        self.location = output

    def tables(self) -> list[str]:
        """The tables in the folder (Storyline's own _ and . entries left out)."""
        infos = self.fs.get_file_info(pafs.FileSelector(self.root, allow_not_found=True))
        return sorted(i.base_name for i in infos
                      if i.type == pafs.FileType.Directory and not i.base_name.startswith(("_", ".")))

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """A whole table (these are analytics outputs: small next to the crawl they came from)."""
        path = f"{self.root}/{name}"
        if self.fs.get_file_info(path).type != pafs.FileType.Directory:
            raise FileNotFoundError(
                f"no table {name!r} in {self.location} (it has: {', '.join(self.tables()) or 'nothing'});"
                " the stage that writes it has not run into this folder")
        dataset = ds.dataset(path, filesystem=self.fs, format="parquet", partitioning="hive",
                             exclude_invalid_files=True)
        frame = dataset.to_table(columns=columns).to_pandas()
        for column in DATE_PARTITIONS:
            if column in frame.columns and frame[column].dtype == object:
                frame[column] = pd.to_datetime(frame[column]).dt.date
        return frame

    def manifest(self) -> dict:
        with self.fs.open_input_stream(f"{self.root}/_manifest.json") as f:
            return json.loads(f.read())

    def summary(self) -> pd.DataFrame:
        """Rows per table as the run's manifest records them."""
        manifest = self.manifest()
        print(f"{manifest.get('command')} run of {manifest.get('started_at')}, date {manifest.get('date')},"
              f" inputs {', '.join(manifest.get('inputs', []))}")
        rows = {name: t.get("rows") for name, t in manifest.get("tables", {}).items()}
        return pd.DataFrame({"rows": pd.Series(rows, dtype="Int64")}).rename_axis("table")


def short(text: str | None, width: int = 60) -> str:
    """A title cut to fit a plot label."""
    text = "" if text is None or pd.isna(text) else str(text)
    return text if len(text) <= width else text[: width - 1] + "…"
