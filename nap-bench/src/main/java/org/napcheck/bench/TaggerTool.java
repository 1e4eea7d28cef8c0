package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.napcheck.rules.internal.TextInference.WordTool;

/** OpenNLP 2.5's perceptron part-of-speech taggers (UD English EWT, UD French GSD, 1.3.0). */
final class TaggerTool implements WordTool {
  private final POSTaggerME english;
  private final POSTaggerME french;

  TaggerTool() {
    this.english = new POSTaggerME(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
    this.french = new POSTaggerME(model("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin"));
  }

  private static POSModel model(String resource) {
    try (InputStream in = TaggerTool.class.getResourceAsStream(resource)) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized String[] tags(String[] words, boolean inFrench) {
    return (inFrench ? french : english).tag(words);
  }
}
