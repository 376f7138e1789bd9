"""Training Lab's shared UI: translations, URL state, figure builders, live training, caching.

Pages use it as: `t` (ui.i18n) for every string, a `state.Form` for the controls, one cached
engine call (ui.cache, or ui.live.stream for training), figures from ui.charts, and
ui.export.download_csv under each chart or table.
"""
