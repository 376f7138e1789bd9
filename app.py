"""Training Lab entry point (placeholder until the pages land)."""
import streamlit as st

st.set_page_config(page_title="Training Lab", layout="wide")
st.title("Training Lab")
