import type { Nomination } from '../../src-shared/domain/nomination';
import type { ScreeningFacts } from '../../src-shared/screening/checks';
import type { ServiceContext } from './context';
import { recommendingUnitRegister } from './registers/units';
import { titleResolver } from './registers/titles';

/** Loads the registers once and answers, per nomination, what the pure screening checks need from them. */
export function screeningFacts(ctx: ServiceContext): (n: Nomination) => ScreeningFacts {
  const titles = titleResolver(ctx);
  const recommenders = recommendingUnitRegister(ctx);
  return (n) => {
    const registered = recommenders.find(n.recommendingUnit);
    return {
      title: titles.resolve(n.leaderTitle),
      ...(registered ? { recommender: { name: registered.name, kind: registered.kind } } : {}),
    };
  };
}
