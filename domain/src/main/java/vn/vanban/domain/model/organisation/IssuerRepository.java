package vn.vanban.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface IssuerRepository {

    Optional<Issuer> find(long id);

    Optional<Issuer> findBySymbol(String symbol);

    List<Issuer> all();

    long count();

    void add(Issuer issuer);
}
