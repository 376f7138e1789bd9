"""Training Lab's shared UI: translations, URL state, figure builders, live training, caching.

A page (pages/<id>.py, registered in ui/nav.py PAGES) reads top to bottom like this:

    import streamlit as st
    from engine.experiments import overfitting
    from ui import cache, live, nav
    from ui.export import download_csv
    from ui.i18n import t

    CONTROLS = (                                   # declared once; defaults = the book
        IntRange("epochs", 200, 10, 400, step=10),
        FloatRange("lambda", 0.1, 0.0, 1.0, step=0.01),
        Flag("baseline", True),
    )

    nav.ensure_entry_point()                       # first line: the page runs inside app.py
    form = Form("weight_decay", CONTROLS)    # URL -> widgets, warnings, widgets -> URL
    st.title(t("decay.title"))
    epochs = form.widget("epochs", t("decay.epochs"), help=t("decay.epochs_help"))
    lam = form.widget("lambda", t("decay.lambda"))
    ...
    live.stream(                                   # training: live, stoppable, stored
        "overfitting", overfitting,
        {"epochs": epochs, "weight_decay_lambda": lam, "seed": current_seed()},
        figures=lambda frame: charts.accuracy_curves(frame, labels, run_names=...,
                                                     split_names=...),
        metrics=lambda frame: [(t("decay.gap"), f"{gap:.3f}", None)],
        run_names={"main": ..., "baseline": ...},
    )
    # fast experiments: cache.batchnorm_walkthrough(...) etc., then st.plotly_chart(fig) and
    # download_csv(frame, "name") under every chart or table.

Every visible string is a key in both ui/strings_en.py and ui/strings_zh_tw.py.
"""
