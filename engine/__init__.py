"""Training Lab's engine: a small, exact NumPy deep-learning library for chapter 6.

It never imports streamlit or plotly, so it can be tested and benchmarked on its own.
"""
