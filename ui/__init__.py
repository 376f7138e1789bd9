"""Training Lab's UI: shared pieces flat in this folder, one folder per lesson.

Shared (never imports a lesson folder): controls (control types and URL encoding, pure), form
(the Streamlit binding of controls to widgets and the URL), live (training runs on a page),
trainers / runs / results / shared / warm (one server's trainings and stored results), cache,
export, i18n with the string tables, nav, numbers, outside_text, dataset, optimizers, and
figures/ (style, line charts, diagrams).

Lessons: weight_init/, batchnorm/, overfitting/ (weight decay and dropout). How a page is put
together, and how to add one: README.md, "Adding a page".
"""
