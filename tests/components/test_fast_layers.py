"""The run-time maxout and layer norm give thinc's outputs, and training keeps thinc's."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import LayerNorm, Maxout, chain

from govnews_extract.components.fast_layers import (
    layer_norm,
    maxout,
    use_fast_prediction,
    use_trained_prediction,
)


def _initialised(pieces: int) -> tuple[object, numpy.ndarray]:
    rng = numpy.random.default_rng(pieces)
    X = rng.normal(size=(50, 12)).astype("f")
    model = chain(Maxout(nO=8, nI=12, nP=pieces), LayerNorm(nI=8))
    model.initialize(X=X)
    for node in model.walk():  # random gains and biases, not thinc's ones and zeros
        for name in ("b", "G"):
            if node.has_param(name):
                node.set_param(name, rng.normal(size=node.get_param(name).shape).astype("f"))
    return model, X


@pytest.mark.parametrize("pieces", [2, 3])
def test_maxout_and_layer_norm_match_thinc(pieces):
    model, X = _initialised(pieces)
    maxout_layer, norm_layer = model.layers
    thinc_maxout, _ = maxout_layer._func(maxout_layer, X, False)
    numpy.testing.assert_allclose(maxout(maxout_layer, X), thinc_maxout, rtol=1e-5, atol=1e-5)
    thinc_norm, _ = norm_layer._func(norm_layer, thinc_maxout, False)
    numpy.testing.assert_allclose(
        layer_norm(norm_layer, thinc_maxout), thinc_norm, rtol=1e-4, atol=1e-4
    )


def test_prediction_switches_and_training_keeps_thinc_s_forward():
    model, X = _initialised(2)
    expected = model.predict(X)
    assert use_fast_prediction(model) == 2
    assert use_fast_prediction(model) == 0  # already switched
    numpy.testing.assert_allclose(model.predict(X), expected, rtol=1e-4, atol=1e-4)
    _output, backprop = model.begin_update(X)  # training: thinc's forwards and backward
    assert backprop(numpy.ones((50, 8), dtype="f")).shape == X.shape
    assert use_trained_prediction(model) == 2
    numpy.testing.assert_allclose(model.predict(X), expected, rtol=1e-6, atol=1e-6)


def test_the_shipped_model_reads_the_same_with_either_forward(extractor):
    """The packaged NER runs the fast forwards; thinc's give the same entities."""
    ner = extractor.nlp.get_pipe("ner")
    texts = [
        "省委常委、省委政法委书记尹建业主持会议。",
        "新华社北京9月2日电 国家主席习近平同厄瓜多尔总统费尔南多·奥尔蒂斯通电话。",
        "江西省防汛抗旱指挥部决定将防汛应急响应提升至Ⅲ级，鄱阳湖水位快速上涨。",
    ]

    def entities():
        docs = list(ner.pipe(extractor.nlp.make_doc(t) for t in texts))
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]

    fast = entities()
    assert any(fast), "the model found no entity at all"
    assert use_trained_prediction(ner.model) == 12
    try:
        assert entities() == fast
    finally:
        assert use_fast_prediction(ner.model) == 12
