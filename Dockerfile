# Training Lab as a container, after Streamlit's Docker deployment guide.
#   docker build -t training-lab .
#   docker run -p 8501:8501 training-lab
# Full MNIST (optional): -v /path/to/mnist:/data/mnist:ro -e TRAINING_LAB_MNIST_DIR=/data/mnist
FROM python:3.12.12-slim-bookworm

# One BLAS thread per computation: a class shares this server, and OpenBLAS's spinning threads
# slowed training 5-20x whenever another process wanted a core (docs/benchmarks.md).
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    OPENBLAS_NUM_THREADS=1

WORKDIR /app

# Dependencies first, so a source change does not reinstall them.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# Only what the app needs at run time (.dockerignore keeps the rest out of the build context).
COPY .streamlit/ ./.streamlit/
COPY engine/ ./engine/
COPY ui/ ./ui/
COPY pages/ ./pages/
COPY app.py ./

# A non-root user, named by number so that Kubernetes' runAsNonRoot can check it.
RUN groupadd --gid 10001 appuser \
    && useradd --uid 10001 --gid 10001 --create-home --no-log-init --shell /usr/sbin/nologin appuser
USER 10001:10001

EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; r = urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4); sys.exit(0 if r.read() == b'ok' else 1)"]

# The entry point raises the soft limit of open files to the hard one before the server starts:
# every browser tab holds about four, and under the usual 1,024 some 280 tabs refused everyone
# else (ui/open_files.py; `docker run --ulimit nofile=65536:65536` raises the hard one).
ENTRYPOINT ["sh", "-c", "ulimit -n \"$(ulimit -Hn)\" && exec \"$@\"", "training-lab"]
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0"]
